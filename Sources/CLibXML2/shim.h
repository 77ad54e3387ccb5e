#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its encoding header then declares ICU's types, which
// clash with the copy of ICU inside Foundation once both reach one Swift module graph (a clean
// build fails with "'UErrorCode' has different definitions"). Lede converts no encodings through
// libxml2 and never touches the structures those declarations change, so they are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
