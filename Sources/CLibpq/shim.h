#ifndef CASELOAD_CLIBPQ_SHIM_H
#define CASELOAD_CLIBPQ_SHIM_H

/* libpq, PostgreSQL's own C client: Debian and Ubuntu's libpq-dev put its header here. */
#include <postgresql/libpq-fe.h>

#endif
