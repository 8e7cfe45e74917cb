/*
 * BidKit renderer plugin ABI, version 1.
 *
 * A plugin is a shared library that exports one C symbol, `bidkit_plugin_entry`,
 * returning a pointer to a descriptor that stays valid for the life of the process
 * (plugins are never unloaded). Only C types cross this boundary. The document
 * arrives as the BidKit package wire format (docs/plugin-abi.md), encoded once by
 * the host and handed unchanged to every plugin.
 *
 * Memory: whoever allocates frees. Buffers a plugin fills in `bidkit_render_result`
 * are released by the host through the descriptor's `release` function.
 */
#ifndef BIDKIT_PLUGIN_H
#define BIDKIT_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Bumped on any incompatible change to the structs below or to the wire format's major version. */
#define BIDKIT_PLUGIN_ABI_VERSION 1u

/** The symbol the host looks up with dlsym. */
#define BIDKIT_PLUGIN_ENTRY_SYMBOL "bidkit_plugin_entry"

/** One output format a plugin renders, e.g. {"txt", "txt", "text/plain; charset=utf-8"}. */
typedef struct bidkit_format {
    const char *name;        /* the name users pass to --format */
    const char *extension;   /* file extension without the dot */
    const char *media_type;  /* IANA media type */
} bidkit_format;

/** What a render call hands back. On success `data`/`length` hold the file; on failure `error` holds a UTF-8 message. */
typedef struct bidkit_render_result {
    uint8_t *data;
    size_t length;
    char *error;
} bidkit_render_result;

/**
 * Renders `package` (wire format bytes) to `format`. `options` is a NUL-terminated
 * UTF-8 string of `key=value` lines (may be empty). Returns 0 on success, non-zero on failure;
 * in both cases the host calls `release(result)` afterwards.
 */
typedef int32_t (*bidkit_render_fn)(const char *format,
                                    const uint8_t *package, size_t package_length,
                                    const char *options,
                                    bidkit_render_result *result);

/** Frees what a render call put into `result`. */
typedef void (*bidkit_release_fn)(bidkit_render_result *result);

/** The descriptor. `abi_version` is first so the host can read it before trusting anything else. */
typedef struct bidkit_plugin_descriptor {
    uint32_t abi_version;             /* must equal BIDKIT_PLUGIN_ABI_VERSION */
    uint32_t wire_format_version;     /* the package wire format major version the plugin decodes */
    const char *name;                 /* plugin name, e.g. "text" */
    const char *version;              /* plugin version, e.g. "1.0.0" */
    size_t format_count;
    const bidkit_format *formats;
    bidkit_render_fn render;
    bidkit_release_fn release;
} bidkit_plugin_descriptor;

/** The entry point's type. */
typedef const bidkit_plugin_descriptor *(*bidkit_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* BIDKIT_PLUGIN_H */
