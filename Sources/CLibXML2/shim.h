#ifndef VERHAAL_CLIBXML2_SHIM_H
#define VERHAAL_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its encoding.h would pull in unicode/ucnv.h, which clashes
   with Foundation's own ICU module on a clean build. Verhaal never uses libxml2's ICU encodings. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlstring.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>

/* xmlFree is a global function pointer, which Swift 6 rejects as shared mutable state. */
static inline void verhaal_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
