#ifndef VERHAAL_CCMARK_SHIM_H
#define VERHAAL_CCMARK_SHIM_H
// GitHub's cmark: CommonMark with tables, strikethrough and autolinks (Debian's
// libcmark-gfm-dev and libcmark-gfm-extensions-dev).
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
