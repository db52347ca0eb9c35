#include "Env/GoDebug.h"

#include "OS/Linux.h"

#include <string.h>

namespace gort {

NonDefaultEvents nonDefault; // zero-initialized

DebugVars debug = {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 1, 0, 0, 0, 1, 1, 1, 128, 0, 1, 1, 0}; // constant-initialized: no static constructor

namespace {

struct Knob {
  const char *name;
  int32_t *value;
};

const Knob kKnobs[] = {
    {"stackmapdump", &debug.stackmapdump},
    {"panicnil", &debug.panicnil},
    {"madvdontneed", &debug.madvdontneed},
    {"schedtrace", &debug.schedtrace},
    {"scheddetail", &debug.scheddetail},
    {"gctrace", &debug.gctrace},
    {"gcshrinkstackoff", &debug.gcshrinkstackoff},
    {"stackmovestress", &debug.stackmovestress},
    {"clobberfree", &debug.clobberfree},
    {"gccheckmark", &debug.gccheckmark},
    {"tracebackancestors", &debug.tracebackancestors},
    {"sbrk", &debug.sbrk},
    {"harddecommit", &debug.harddecommit},
    {"efence", &debug.efence},
    {"inittrace", &debug.inittrace},
    {"memprofilerate", &debug.memprofilerate},
    {"allocfreetrace", &debug.allocfreetrace},
    {"invalidptr", &debug.invalidptr},
    {"scavtrace", &debug.scavtrace},
    {"gcpacertrace", &debug.gcpacertrace},
    {"gcstoptheworld", &debug.gcstoptheworld},
    {"decoratemappings", &debug.decoratemappings},
    {"containermaxprocs", &debug.containermaxprocs},
    {"updatemaxprocs", &debug.updatemaxprocs},
    {"profstackdepth", &debug.profstackdepth},
    {"gcstress", &debug.gcstress},
    {"adaptivestackstart", &debug.adaptivestackstart},
    {"asynctimerchan", &debug.asynctimerchan},
    {"checkfinalizers", &debug.checkfinalizers},
};

// Go's atoi for GODEBUG: decimal digits only; anything else leaves the knob alone.
bool parseInt(const char *s, size_t n, int32_t *out) {
  if (n == 0)
    return false;
  int64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return false;
    v = v * 10 + (s[i] - '0');
    if (v > INT32_MAX)
      return false;
  }
  *out = (int32_t)v;
  return true;
}

} // namespace

void parseGoDebugString(const char *s) {
  while (s && *s) {
    const char *end = strchr(s, ',');
    size_t len = end ? (size_t)(end - s) : strlen(s);
    const char *eq = (const char *)memchr(s, '=', len);
    if (eq) {
      size_t nlen = (size_t)(eq - s);
      for (const Knob &k : kKnobs)
        if (strlen(k.name) == nlen && memcmp(k.name, s, nlen) == 0)
          parseInt(eq + 1, len - nlen - 1, k.value);
    }
    s = end ? end + 1 : nullptr;
  }
}

void parseGoDebug() { parseGoDebugString(os::getenv("GODEBUG")); }

} // namespace gort
