#ifndef STRATA_CMARIADB_SHIM_H
#define STRATA_CMARIADB_SHIM_H
#if __has_include(<mysql.h>)
#include <mysql.h>
#include <errmsg.h>
#elif __has_include(<mariadb/mysql.h>)
#include <mariadb/mysql.h>
#include <mariadb/errmsg.h>
#else
#error "MariaDB Connector/C headers not found: apt-get install libmariadb-dev pkg-config, or build with --disable-default-traits to leave MySQL out"
#endif
#endif
