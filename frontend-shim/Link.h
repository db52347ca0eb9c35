// The final link: the only step for which goshim runs another program
// (clang as the linker driver, with lld).
#ifndef GOSHIM_LINK_H
#define GOSHIM_LINK_H

#include "Target.h"

#include <string>
#include <vector>

namespace goshim {

// Directory holding <triple>/libgoruntime.a: <goshim's dir>/../lib/goruntime,
// or $GOSHIM_RUNTIME_DIR.
std::string runtimeLibDir(const char *argv0);

// Links objects with the runtime into an executable. On failure sets err.
// smallFrames: every Go frame fits a small stack's guard (emit()); the link
// then defines __gort_small_frames (goruntime/abi.h).
bool linkExecutable(const TargetInfo &t, const std::string &runtimeDir,
                    const std::vector<std::string> &objects, const std::string &out,
                    std::string &err, bool smallFrames = false);

} // namespace goshim

#endif
