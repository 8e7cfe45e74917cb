// libxml2 built with ICU pulls the system ICU headers in, which clash with Foundation's own copy
// in any module that sees both; BidKit uses no libxml2 ICU API.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlwriter.h>
