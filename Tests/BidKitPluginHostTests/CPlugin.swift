import BidKitModel
import BidKitTestSupport
import Foundation

/// A throwaway C plugin, compiled with `cc -shared -fPIC` at test time, for the cases a
/// well-behaved Swift plugin can never produce: wrong ABI, missing symbols, NULL fields.
///
/// Each property is spliced into the C source as written, so a test changes exactly the
/// descriptor field it is about and keeps the rest valid.
struct CPlugin {
    var abiVersion = "BIDKIT_PLUGIN_ABI_VERSION"
    var wireVersion = "\(PackageWire.majorVersion)"
    var name = #""cplugin""#
    var version = #""1.0.0""#
    var formatCount = "1"
    var formats = "formats"
    var formatList = #"{"cfmt", "cfmt", "text/plain"}"#
    /// `render_ok`, `render_fail`, `render_null_data` or `NULL`.
    var render = "render_ok"
    /// `release_counted` or `NULL`.
    var release = "release_counted"
    /// The exported entry function's name; anything but `bidkit_plugin_entry` hides it.
    var entrySymbol = "bidkit_plugin_entry"
    /// What the entry point returns: the descriptor, NULL, or a broken pointer.
    var entryReturnValue = "(const bidkit_plugin_descriptor *)&descriptor"
    /// `bidkit_plugin_descriptor_v1` builds a plugin as ABI version 1 hosts knew it.
    var descriptorType = "bidkit_plugin_descriptor"
    /// ABI 2 fields after `release`: ", probe_missing, NULL" makes the plugin report itself unavailable;
    /// ABI 3 fields follow them: ", NULL, NULL, 2, options" declares the two options below.
    var abi2Fields = ""
    var optionList = #"{"width", "integer", NULL, "columns"}, {"mode", "choice", "fast|slow", "how"}"#

    var source: String {
        """
        #include "bidkit_plugin.h"
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>

        /* Read by the tests through dlsym: how often the host released a result. */
        int bidkit_test_release_calls = 0;

        static const bidkit_format formats[] = { \(formatList) };
        static const bidkit_option options[] = { \(optionList) };

        static int32_t render_ok(const char *format, const uint8_t *package, size_t length,
                                 const char *options, bidkit_render_result *result) {
            char buffer[4096];
            int n = snprintf(buffer, sizeof buffer, "format=%s bytes=%zu options=[%s]", format, length, options);
            if (n < 0 || (size_t)n >= sizeof buffer) { result->error = strdup("output too long"); return 1; }
            result->data = malloc((size_t)n);
            if (!result->data) { result->error = strdup("out of memory"); return 1; }
            memcpy(result->data, buffer, (size_t)n);
            result->length = (size_t)n;
            return 0;
        }

        static int32_t render_fail(const char *format, const uint8_t *package, size_t length,
                                   const char *options, bidkit_render_result *result) {
            result->data = malloc(16); /* partial output the host must still release */
            result->error = strdup("deliberate failure: the paper tray is empty");
            return 7;
        }

        static int32_t render_null_data(const char *format, const uint8_t *package, size_t length,
                                        const char *options, bidkit_render_result *result) {
            return 0;
        }

        static void release_counted(bidkit_render_result *result) {
            bidkit_test_release_calls++;
            free(result->data);
            free(result->error);
            result->data = NULL;
            result->error = NULL;
            result->length = 0;
        }

        static int32_t probe_missing(const char *format, bidkit_render_result *result) {
            result->error = strdup("the engine for this format is missing; install it with: apt-get install engine");
            return 1;
        }

        static const \(descriptorType) descriptor = {
            \(abiVersion), \(wireVersion), \(name), \(version),
            \(formatCount), \(formats), \(render), \(release)\(abi2Fields)
        };

        const bidkit_plugin_descriptor *\(entrySymbol)(void) {
            return \(entryReturnValue);
        }
        """
    }

    /// Compiles into `directory/fileName` and returns the library's path.
    @discardableResult
    func build(in directory: String, fileName: String = "libcplugin.so") throws -> String {
        let sourcePath = directory + "/" + fileName + ".c"
        let libraryPath = directory + "/" + fileName
        try source.write(toFile: sourcePath, atomically: true, encoding: .utf8)
        let outcome = try Subprocess.run(
            ["cc", "-shared", "-fPIC", "-Wall", "-Wno-unused-function", "-Wno-unused-parameter",
             "-I", TestPaths.abiInclude, "-o", libraryPath, sourcePath],
            timeout: 60)
        guard outcome.status == 0 else { throw CompileError(output: outcome.output) }
        return libraryPath
    }

    struct CompileError: Error, CustomStringConvertible {
        let output: String
        var description: String { "cc failed:\n\(output)" }
    }
}
