--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: caseload_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.caseload_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'the % log is append-only', TG_TABLE_NAME USING ERRCODE = 'CL001';
END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: allocations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.allocations (
    id bigint NOT NULL,
    case_id text NOT NULL,
    from_officer text,
    to_officer text NOT NULL,
    at text NOT NULL,
    by text NOT NULL,
    reason text,
    override boolean DEFAULT false NOT NULL,
    rules_overridden text,
    note text
);


--
-- Name: allocations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.allocations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: allocations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.allocations_id_seq OWNED BY public.allocations.id;


--
-- Name: availability; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.availability (
    id bigint NOT NULL,
    officer_id text NOT NULL,
    kind text NOT NULL,
    from_day text NOT NULL,
    to_day text,
    fraction_millionths integer,
    reason text NOT NULL,
    at text NOT NULL,
    by text NOT NULL,
    CONSTRAINT availability_fraction_millionths_check CHECK (((fraction_millionths IS NULL) OR ((fraction_millionths > 0) AND (fraction_millionths < 1000000)))),
    CONSTRAINT availability_kind_check CHECK ((kind = ANY (ARRAY['absence'::text, 'reduction'::text])))
);


--
-- Name: availability_file; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.availability_file (
    "position" integer NOT NULL,
    officer_id text NOT NULL,
    kind text NOT NULL,
    from_day text NOT NULL,
    to_day text,
    fraction_millionths integer,
    reason text NOT NULL,
    as_of text NOT NULL,
    CONSTRAINT availability_file_kind_check CHECK ((kind = ANY (ARRAY['absence'::text, 'reduction'::text])))
);


--
-- Name: availability_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.availability_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: availability_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.availability_id_seq OWNED BY public.availability.id;


--
-- Name: case_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_queue (
    case_id text NOT NULL,
    since text NOT NULL
);


--
-- Name: caseload_schema; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.caseload_schema (
    version integer NOT NULL
);


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    "position" integer NOT NULL,
    case_id text NOT NULL,
    officer_id text,
    team text NOT NULL,
    risk text NOT NULL,
    mappa_category smallint,
    mappa_level smallint,
    location text NOT NULL,
    domestic_abuse boolean NOT NULL,
    allocated_on text,
    previous_officer_id text,
    CONSTRAINT cases_location_check CHECK ((location = ANY (ARRAY['community'::text, 'custody'::text, 'approved_premises'::text, 'hospital'::text]))),
    CONSTRAINT cases_mappa_category_check CHECK (((mappa_category >= 1) AND (mappa_category <= 3))),
    CONSTRAINT cases_mappa_level_check CHECK (((mappa_level >= 1) AND (mappa_level <= 3))),
    CONSTRAINT cases_risk_check CHECK ((risk = ANY (ARRAY['low'::text, 'medium'::text, 'high'::text, 'very_high'::text])))
);


--
-- Name: month_officers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.month_officers (
    month text NOT NULL,
    "position" integer NOT NULL,
    officer_id text NOT NULL,
    name text NOT NULL,
    team text NOT NULL,
    fte_millionths integer NOT NULL,
    mosovo text NOT NULL,
    approved_premises boolean NOT NULL,
    da_specialist boolean NOT NULL,
    status text NOT NULL,
    buddy_id text,
    mosovo_course_on text,
    low integer NOT NULL,
    medium integer NOT NULL,
    high integer NOT NULL,
    very_high integer NOT NULL,
    community integer NOT NULL,
    custody integer NOT NULL,
    approved_premises_cases integer NOT NULL,
    hospital integer NOT NULL,
    level2 integer NOT NULL,
    level3 integer NOT NULL,
    domestic_abuse integer NOT NULL,
    absent boolean DEFAULT false NOT NULL,
    absence_days integer,
    reduction_millionths integer DEFAULT 0 NOT NULL
);


--
-- Name: months; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.months (
    month text NOT NULL,
    as_of text NOT NULL,
    unallocated integer NOT NULL
);


--
-- Name: notices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notices (
    id bigint NOT NULL,
    officer_id text NOT NULL,
    day text NOT NULL,
    at text NOT NULL,
    by text NOT NULL,
    flags text NOT NULL
);


--
-- Name: notices_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.notices_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: notices_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.notices_id_seq OWNED BY public.notices.id;


--
-- Name: officer_workloads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.officer_workloads (
    officer_id text NOT NULL,
    low integer NOT NULL,
    medium integer NOT NULL,
    high integer NOT NULL,
    very_high integer NOT NULL,
    community integer NOT NULL,
    custody integer NOT NULL,
    approved_premises_cases integer NOT NULL,
    hospital integer NOT NULL,
    level2 integer NOT NULL,
    level3 integer NOT NULL,
    domestic_abuse integer NOT NULL
);


--
-- Name: officers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.officers (
    "position" integer NOT NULL,
    officer_id text NOT NULL,
    name text NOT NULL,
    team text NOT NULL,
    fte_millionths integer NOT NULL,
    mosovo text NOT NULL,
    approved_premises boolean NOT NULL,
    da_specialist boolean NOT NULL,
    status text NOT NULL,
    buddy_id text,
    mosovo_course_on text,
    CONSTRAINT officers_fte_millionths_check CHECK (((fte_millionths > 0) AND (fte_millionths <= 1000000))),
    CONSTRAINT officers_mosovo_check CHECK ((mosovo = ANY (ARRAY['trained'::text, 'awaiting'::text, 'none'::text]))),
    CONSTRAINT officers_status_check CHECK ((status = ANY (ARRAY['active'::text, 'leave'::text])))
);


--
-- Name: allocations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allocations ALTER COLUMN id SET DEFAULT nextval('public.allocations_id_seq'::regclass);


--
-- Name: availability id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.availability ALTER COLUMN id SET DEFAULT nextval('public.availability_id_seq'::regclass);


--
-- Name: notices id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices ALTER COLUMN id SET DEFAULT nextval('public.notices_id_seq'::regclass);


--
-- Data for Name: allocations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.allocations VALUES (1, 'C000003', NULL, 'OM001', '2026-12-05T14:07:59Z', 'DS Lee', NULL, false, NULL, NULL);
INSERT INTO public.allocations VALUES (2, 'C000001', 'OM006', 'OM005', '2026-12-05T14:07:59Z', 'DS Lee', 'caseload_adjustment', false, NULL, NULL);


--
-- Data for Name: availability; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.availability VALUES (1, 'OM002', 'absence', '2026-12-01', '2026-12-05', NULL, 'Training', '2026-12-05T14:07:59Z', 'DS Lee');
INSERT INTO public.availability VALUES (2, 'OM005', 'reduction', '2026-11-15', NULL, 200000, 'Mentoring', '2026-12-05T14:07:59Z', 'DS Lee');


--
-- Data for Name: availability_file; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.availability_file VALUES (0, 'OM003', 'absence', '2026-11-10', '2026-12-20', NULL, 'Sick leave', '2026-11-01');
INSERT INTO public.availability_file VALUES (1, 'OM004', 'reduction', '2026-11-01', NULL, 500000, 'Phased return', '2026-11-01');


--
-- Data for Name: case_queue; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.case_queue VALUES ('C000003', '2026-10-01');
INSERT INTO public.case_queue VALUES ('C000004', '2026-10-01');
INSERT INTO public.case_queue VALUES ('C000005', '2026-10-01');


--
-- Data for Name: caseload_schema; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.caseload_schema VALUES (1);


--
-- Data for Name: cases; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.cases VALUES (0, 'C000001', 'OM005', 'North', 'medium', 1, 1, 'community', false, '2026-11-20', 'OM006');
INSERT INTO public.cases VALUES (1, 'C000002', 'OM004', 'North', 'medium', 1, 1, 'community', false, '2024-07-20', NULL);
INSERT INTO public.cases VALUES (2, 'C000003', 'OM001', 'North', 'medium', 2, 1, 'community', false, '2026-11-20', NULL);
INSERT INTO public.cases VALUES (3, 'C000004', NULL, 'North', 'high', 1, 1, 'community', false, '2025-12-13', NULL);
INSERT INTO public.cases VALUES (4, 'C000005', NULL, 'North', 'medium', 1, 1, 'custody', true, '2026-03-12', NULL);
INSERT INTO public.cases VALUES (5, 'C000006', 'OM004', 'North', 'low', 1, 1, 'community', false, '2024-01-19', NULL);
INSERT INTO public.cases VALUES (6, 'C000007', 'OM004', 'North', 'low', NULL, NULL, 'hospital', false, '2026-08-11', NULL);
INSERT INTO public.cases VALUES (7, 'C000008', 'OM001', 'North', 'medium', NULL, NULL, 'custody', false, '2023-11-05', NULL);
INSERT INTO public.cases VALUES (8, 'C000009', 'OM006', 'North', 'medium', 1, 1, 'approved_premises', false, '2022-11-27', NULL);
INSERT INTO public.cases VALUES (9, 'C000010', 'OM003', 'North', 'medium', 1, 1, 'community', false, '2023-03-11', NULL);
INSERT INTO public.cases VALUES (10, 'C000011', 'OM004', 'North', 'medium', 3, 2, 'community', false, '2026-04-26', NULL);
INSERT INTO public.cases VALUES (11, 'C000012', 'OM002', 'North', 'medium', 1, 1, 'approved_premises', false, '2024-04-11', NULL);
INSERT INTO public.cases VALUES (12, 'C000013', 'OM001', 'North', 'medium', 2, 1, 'community', false, '2024-02-06', NULL);
INSERT INTO public.cases VALUES (13, 'C000014', 'OM005', 'North', 'low', 1, 1, 'community', false, '2026-01-20', NULL);
INSERT INTO public.cases VALUES (14, 'C000015', 'OM002', 'North', 'very_high', 1, 1, 'approved_premises', false, '2026-10-20', NULL);
INSERT INTO public.cases VALUES (15, 'C000016', 'OM003', 'North', 'low', 1, 1, 'community', false, '2023-03-15', NULL);
INSERT INTO public.cases VALUES (16, 'C000017', 'OM005', 'North', 'medium', 2, 1, 'custody', false, '2024-09-07', NULL);
INSERT INTO public.cases VALUES (17, 'C000018', 'OM005', 'North', 'medium', 1, 1, 'custody', true, '2024-06-27', NULL);
INSERT INTO public.cases VALUES (18, 'C000019', 'OM003', 'North', 'low', 1, 1, 'community', true, '2023-05-21', NULL);
INSERT INTO public.cases VALUES (19, 'C000020', 'OM002', 'North', 'medium', NULL, NULL, 'approved_premises', false, '2024-01-11', NULL);
INSERT INTO public.cases VALUES (20, 'C000021', 'OM003', 'North', 'medium', 1, 1, 'community', true, '2025-08-01', NULL);
INSERT INTO public.cases VALUES (21, 'C000022', 'OM003', 'North', 'medium', NULL, NULL, 'custody', false, '2025-07-28', NULL);
INSERT INTO public.cases VALUES (22, 'C000023', 'OM001', 'North', 'medium', 2, 1, 'community', false, '2025-09-30', NULL);
INSERT INTO public.cases VALUES (23, 'C000024', 'OM003', 'North', 'medium', 1, 1, 'community', false, '2024-10-08', NULL);
INSERT INTO public.cases VALUES (24, 'C000025', 'OM005', 'North', 'low', 1, 1, 'community', false, '2025-07-14', NULL);
INSERT INTO public.cases VALUES (25, 'C000026', 'OM002', 'North', 'high', 1, 1, 'approved_premises', false, '2026-10-04', 'OM004');
INSERT INTO public.cases VALUES (26, 'C000027', 'OM004', 'North', 'medium', 1, 1, 'community', true, '2025-07-29', NULL);
INSERT INTO public.cases VALUES (27, 'C000028', 'OM004', 'North', 'low', 1, 1, 'community', false, '2023-07-11', NULL);
INSERT INTO public.cases VALUES (28, 'C000029', 'OM003', 'North', 'medium', 1, 1, 'community', false, '2024-07-27', NULL);
INSERT INTO public.cases VALUES (29, 'C000030', 'OM004', 'North', 'high', 1, 2, 'hospital', false, '2026-07-24', NULL);
INSERT INTO public.cases VALUES (30, 'C000031', 'OM001', 'North', 'low', 1, 1, 'community', false, '2024-01-20', NULL);
INSERT INTO public.cases VALUES (31, 'C000032', 'OM004', 'North', 'very_high', 2, 1, 'community', false, '2024-12-24', NULL);
INSERT INTO public.cases VALUES (32, 'C000033', 'OM003', 'North', 'low', 2, 1, 'community', false, '2024-07-05', NULL);
INSERT INTO public.cases VALUES (33, 'C000034', 'OM004', 'North', 'medium', 1, 1, 'community', false, '2023-04-30', NULL);
INSERT INTO public.cases VALUES (34, 'C000035', 'OM003', 'North', 'medium', 1, 1, 'community', false, '2022-12-03', NULL);
INSERT INTO public.cases VALUES (35, 'C000036', 'OM003', 'North', 'low', 2, 1, 'community', false, '2026-03-06', NULL);
INSERT INTO public.cases VALUES (36, 'C000037', 'OM005', 'North', 'medium', 1, 1, 'community', false, '2025-10-15', NULL);
INSERT INTO public.cases VALUES (37, 'C000038', 'OM002', 'North', 'medium', 1, 1, 'approved_premises', false, '2023-05-09', NULL);
INSERT INTO public.cases VALUES (38, 'C000039', 'OM001', 'North', 'medium', 1, 1, 'community', false, '2024-01-27', NULL);
INSERT INTO public.cases VALUES (39, 'C000040', 'OM003', 'North', 'low', 1, 1, 'community', false, '2024-11-26', NULL);


--
-- Data for Name: month_officers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.month_officers VALUES ('2026-10', 0, 'OM001', 'Olivia Ahmed', 'North', 1000000, 'awaiting', false, true, 'active', 'OM002', NULL, 1, 4, 0, 0, 4, 1, 0, 0, 0, 0, 0, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-10', 1, 'OM002', 'Imogen Patel', 'North', 1000000, 'trained', true, false, 'active', NULL, NULL, 0, 3, 1, 1, 0, 0, 5, 0, 0, 0, 0, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-10', 2, 'OM003', 'Daniel Kaur', 'North', 1000000, 'awaiting', false, false, 'active', 'OM002', NULL, 5, 6, 0, 0, 10, 1, 0, 0, 0, 0, 2, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-10', 3, 'OM004', 'Gareth Lewis', 'North', 1000000, 'trained', false, false, 'active', NULL, NULL, 3, 4, 1, 1, 7, 0, 0, 2, 2, 0, 1, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-10', 4, 'OM005', 'Megan O''Brien', 'North', 1000000, 'awaiting', false, false, 'active', 'OM002', NULL, 2, 3, 0, 0, 3, 2, 0, 0, 0, 0, 1, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-10', 5, 'OM006', 'Hannah O''Brien', 'North', 600000, 'none', false, false, 'active', 'OM002', NULL, 0, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-11', 0, 'OM001', 'Olivia Ahmed', 'North', 1000000, 'awaiting', false, true, 'active', 'OM002', NULL, 1, 5, 0, 0, 5, 1, 0, 0, 0, 0, 0, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-11', 1, 'OM002', 'Imogen Patel', 'North', 1000000, 'trained', true, false, 'active', NULL, NULL, 0, 3, 1, 1, 0, 0, 5, 0, 0, 0, 0, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-11', 2, 'OM003', 'Daniel Kaur', 'North', 1000000, 'awaiting', false, false, 'active', 'OM002', NULL, 5, 6, 0, 0, 10, 1, 0, 0, 0, 0, 2, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-11', 3, 'OM004', 'Gareth Lewis', 'North', 1000000, 'trained', false, false, 'active', NULL, NULL, 3, 4, 1, 1, 7, 0, 0, 2, 2, 0, 1, false, NULL, 500000);
INSERT INTO public.month_officers VALUES ('2026-11', 4, 'OM005', 'Megan O''Brien', 'North', 1000000, 'awaiting', false, false, 'active', 'OM002', NULL, 2, 4, 0, 0, 4, 2, 0, 0, 0, 0, 1, false, NULL, 0);
INSERT INTO public.month_officers VALUES ('2026-11', 5, 'OM006', 'Hannah O''Brien', 'North', 600000, 'none', false, false, 'active', 'OM002', NULL, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, false, NULL, 0);


--
-- Data for Name: months; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.months VALUES ('2026-10', '2026-10-01', 3);
INSERT INTO public.months VALUES ('2026-11', '2026-11-20', 2);


--
-- Data for Name: notices; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.notices VALUES (1, 'OM001', '2026-11-20', '2026-12-05T14:08:02Z', 'DS Lee', '');


--
-- Data for Name: officer_workloads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.officer_workloads VALUES ('OM001', 1, 5, 0, 0, 5, 1, 0, 0, 0, 0, 0);
INSERT INTO public.officer_workloads VALUES ('OM002', 0, 3, 1, 1, 0, 0, 5, 0, 0, 0, 0);
INSERT INTO public.officer_workloads VALUES ('OM003', 5, 6, 0, 0, 10, 1, 0, 0, 0, 0, 2);
INSERT INTO public.officer_workloads VALUES ('OM004', 3, 4, 1, 1, 7, 0, 0, 2, 2, 0, 1);
INSERT INTO public.officer_workloads VALUES ('OM005', 2, 4, 0, 0, 4, 2, 0, 0, 0, 0, 1);
INSERT INTO public.officer_workloads VALUES ('OM006', 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0);


--
-- Data for Name: officers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.officers VALUES (0, 'OM001', 'Olivia Ahmed', 'North', 1000000, 'awaiting', false, true, 'active', 'OM002', NULL);
INSERT INTO public.officers VALUES (1, 'OM002', 'Imogen Patel', 'North', 1000000, 'trained', true, false, 'active', NULL, NULL);
INSERT INTO public.officers VALUES (2, 'OM003', 'Daniel Kaur', 'North', 1000000, 'awaiting', false, false, 'active', 'OM002', NULL);
INSERT INTO public.officers VALUES (3, 'OM004', 'Gareth Lewis', 'North', 1000000, 'trained', false, false, 'active', NULL, NULL);
INSERT INTO public.officers VALUES (4, 'OM005', 'Megan O''Brien', 'North', 1000000, 'awaiting', false, false, 'active', 'OM002', NULL);
INSERT INTO public.officers VALUES (5, 'OM006', 'Hannah O''Brien', 'North', 600000, 'none', false, false, 'active', 'OM002', NULL);


--
-- Name: allocations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.allocations_id_seq', 2, true);


--
-- Name: availability_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.availability_id_seq', 2, true);


--
-- Name: notices_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.notices_id_seq', 1, true);


--
-- Name: allocations allocations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.allocations
    ADD CONSTRAINT allocations_pkey PRIMARY KEY (id);


--
-- Name: availability_file availability_file_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.availability_file
    ADD CONSTRAINT availability_file_pkey PRIMARY KEY ("position");


--
-- Name: availability availability_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.availability
    ADD CONSTRAINT availability_pkey PRIMARY KEY (id);


--
-- Name: case_queue case_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_queue
    ADD CONSTRAINT case_queue_pkey PRIMARY KEY (case_id);


--
-- Name: month_officers month_officers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.month_officers
    ADD CONSTRAINT month_officers_pkey PRIMARY KEY (month, officer_id);


--
-- Name: months months_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.months
    ADD CONSTRAINT months_pkey PRIMARY KEY (month);


--
-- Name: notices notices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notices
    ADD CONSTRAINT notices_pkey PRIMARY KEY (id);


--
-- Name: officer_workloads officer_workloads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.officer_workloads
    ADD CONSTRAINT officer_workloads_pkey PRIMARY KEY (officer_id);


--
-- Name: officers officers_officer_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.officers
    ADD CONSTRAINT officers_officer_id_key UNIQUE (officer_id);


--
-- Name: officers officers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.officers
    ADD CONSTRAINT officers_pkey PRIMARY KEY ("position");


--
-- Name: allocations_by_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allocations_by_case ON public.allocations USING btree (case_id);


--
-- Name: allocations_by_from_officer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allocations_by_from_officer ON public.allocations USING btree (from_officer);


--
-- Name: allocations_by_to_officer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX allocations_by_to_officer ON public.allocations USING btree (to_officer);


--
-- Name: cases_by_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX cases_by_id ON public.cases USING btree (case_id);


--
-- Name: cases_by_officer; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cases_by_officer ON public.cases USING btree (officer_id);


--
-- Name: cases_by_position; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX cases_by_position ON public.cases USING btree ("position");


--
-- Name: allocations allocations_are_never_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER allocations_are_never_changed BEFORE DELETE OR UPDATE ON public.allocations FOR EACH ROW EXECUTE FUNCTION public.caseload_append_only();


--
-- Name: allocations allocations_are_never_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER allocations_are_never_truncated BEFORE TRUNCATE ON public.allocations FOR EACH STATEMENT EXECUTE FUNCTION public.caseload_append_only();


--
-- Name: availability availability_are_never_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER availability_are_never_changed BEFORE DELETE OR UPDATE ON public.availability FOR EACH ROW EXECUTE FUNCTION public.caseload_append_only();


--
-- Name: availability availability_are_never_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER availability_are_never_truncated BEFORE TRUNCATE ON public.availability FOR EACH STATEMENT EXECUTE FUNCTION public.caseload_append_only();


--
-- Name: notices notices_are_never_changed; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notices_are_never_changed BEFORE DELETE OR UPDATE ON public.notices FOR EACH ROW EXECUTE FUNCTION public.caseload_append_only();


--
-- Name: notices notices_are_never_truncated; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER notices_are_never_truncated BEFORE TRUNCATE ON public.notices FOR EACH STATEMENT EXECUTE FUNCTION public.caseload_append_only();


--
-- Name: cases cases_officer_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_officer_fk FOREIGN KEY (officer_id) REFERENCES public.officers(officer_id);


--
-- Name: month_officers month_officers_month_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.month_officers
    ADD CONSTRAINT month_officers_month_fkey FOREIGN KEY (month) REFERENCES public.months(month) ON DELETE CASCADE;


--
-- Name: officer_workloads officer_workloads_officer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.officer_workloads
    ADD CONSTRAINT officer_workloads_officer_id_fkey FOREIGN KEY (officer_id) REFERENCES public.officers(officer_id);


--
-- PostgreSQL database dump complete
--


