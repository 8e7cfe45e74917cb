// libxml2 built with ICU pulls the system ICU headers in, which clash with Foundation's own copy
// in any module that sees both; BidKit uses no libxml2 ICU API.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlwriter.h>

// libxml2 reports some errors (I/O, encodings, memory) through per-thread handlers that print to
// stderr by default, whatever the parser's options say. BidKit's parser (Sources/BidKitOOXML) turns
// both handlers off around each parse and restores what was there: these live in C because the
// generic handler is a variadic function pointer, which Swift cannot write.
static inline void bidkit_xml_ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void bidkit_xml_ignore_structured(void *ctx, xmlErrorPtr error) { (void)ctx; (void)error; }

typedef struct {
    void *generic;
    void *genericContext;
    void *structured;
    void *structuredContext;
} bidkit_xml_error_handlers;

static inline bidkit_xml_error_handlers bidkit_xml_silence_errors(void) {
    bidkit_xml_error_handlers saved = {
        (void *)xmlGenericError, xmlGenericErrorContext, (void *)xmlStructuredError, xmlStructuredErrorContext
    };
    xmlSetGenericErrorFunc(NULL, bidkit_xml_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, bidkit_xml_ignore_structured);
    return saved;
}

static inline void bidkit_xml_restore_errors(bidkit_xml_error_handlers saved) {
    xmlSetGenericErrorFunc(saved.genericContext, (xmlGenericErrorFunc)saved.generic);
    xmlSetStructuredErrorFunc(saved.structuredContext, (xmlStructuredErrorFunc)saved.structured);
}
