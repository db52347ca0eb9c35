// Empty on purpose: with an assembly file present, the gc toolchain
// accepts the bodyless declarations in bits.go (used only when testing
// these sources with real Go; goshim reads .go files only and supplies
// the bodies itself, see INTRINSICS.md).
