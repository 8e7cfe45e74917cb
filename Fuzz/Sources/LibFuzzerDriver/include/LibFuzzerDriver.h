// libFuzzer's driver entry, called from each target's main.swift.
// SwiftPM links an executable target's own entry point as `main` (for testable executables), so
// libFuzzer's `main` is never used; the target's top-level code hands control to this instead.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
