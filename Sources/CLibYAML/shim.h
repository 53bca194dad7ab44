#ifndef VERHAAL_CLIBYAML_SHIM_H
#define VERHAAL_CLIBYAML_SHIM_H
// libyaml's event API (Debian's libyaml-dev), for reading entries' front matter without
// building Yams' node tree.
#include <yaml.h>
#endif
