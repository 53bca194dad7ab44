#ifndef VERHAAL_CCMARK_SHIM_H
#define VERHAAL_CCMARK_SHIM_H
#include <cmark.h>
#endif
