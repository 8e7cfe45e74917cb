// Declarations only (include/LibFuzzerDriver.h); the definition is in libFuzzer, linked by -sanitize=fuzzer.
#include "LibFuzzerDriver.h"
