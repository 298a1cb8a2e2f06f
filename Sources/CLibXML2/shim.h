#ifndef FAULTLINE_CLIBXML2_SHIM_H
#define FAULTLINE_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so its encoding.h includes the system ICU headers, which
   clash with Foundation's own copy (_FoundationICU: "UErrorCode has different definitions").
   Nothing here uses libxml2's ICU converter fields, so hide them: any module may then import
   both Foundation and CLibXML2. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a function pointer variable in libxml2, which Swift cannot call directly.
static inline void faultline_xml_free(void *pointer) { xmlFree(pointer); }
#endif
