#ifndef SAHIFA_CLIBXML2_SHIM_H
#define SAHIFA_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU; its ICU types clash with Foundation's own copy of ICU
   in any module that sees both. sahifa never uses libxml2's ICU converters. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#endif
