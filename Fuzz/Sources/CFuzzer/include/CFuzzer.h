#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, called from each target's entry point. SwiftPM links an executable with
// `main` aliased to `<Target>_main`, which `-parse-as-library` never emits, so each target
// defines that symbol itself and hands control to libFuzzer here.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

// Runs libFuzzer's driver with a target's callback: the one line every entry point would repeat.
int lede_fuzz_main(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));
