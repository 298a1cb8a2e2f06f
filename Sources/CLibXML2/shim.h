#ifndef FAULTLINE_CLIBXML2_SHIM_H
#define FAULTLINE_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a function pointer variable in libxml2, which Swift cannot call directly.
static inline void faultline_xml_free(void *pointer) { xmlFree(pointer); }
#endif
