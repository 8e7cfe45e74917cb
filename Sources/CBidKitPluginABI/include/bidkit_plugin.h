/*
 * BidKit renderer plugin ABI, version 3 (hosts also load version 1 and 2 plugins).
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

/**
 * The version a plugin built against this header reports. Version 2 appended `probe` and
 * `paginate` to the descriptor, version 3 `option_count` and `options`; everything before them is
 * laid out exactly as in the version before, so a host reads a version 1 descriptor through
 * `bidkit_plugin_descriptor_v1` (always available, unable to paginate) and a version 2 one through
 * `bidkit_plugin_descriptor_v2` (declares no options: the host passes it every option unchecked).
 * Bumped on any incompatible change.
 */
#define BIDKIT_PLUGIN_ABI_VERSION 3u

/** The oldest descriptor version hosts built against this header still load. */
#define BIDKIT_PLUGIN_ABI_MIN_VERSION 1u

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

/**
 * ABI 2. Can the plugin render `format` on this machine now (its external engine installed)?
 * Returns 0 when it can. Otherwise non-zero with `result->error` saying why and how to fix it
 * (e.g. the install command); the host calls `release(result)` afterwards in both cases.
 */
typedef int32_t (*bidkit_probe_fn)(const char *format, bidkit_render_result *result);

/**
 * ABI 2. Lays `package` out as `format` would and reports where things land, without keeping
 * the output. On success `result->data` holds UTF-8 lines (docs/plugin-abi.md, "Page map"):
 *   "pages\t<count>\n" then one "anchor\t<anchor>\t<page>\t<label>\t<points from top>\n" per anchor.
 * Same return and release rules as `render`.
 */
typedef int32_t (*bidkit_paginate_fn)(const char *format,
                                      const uint8_t *package, size_t package_length,
                                      const char *options,
                                      bidkit_render_result *result);

/**
 * ABI 3. One option the plugin reads from `bidkit build --option name=value`. The host refuses an
 * option no plugin of the requested formats declares, or a value not of the declared type, before
 * any work starts; `bidkit plugins` lists the declarations.
 */
typedef struct bidkit_option {
    const char *name;         /* e.g. "width": ASCII letters, digits, '_' and '-' */
    const char *type;         /* "string", "integer", "number", "boolean", "path" or "choice" */
    const char *values;       /* "choice": the allowed values separated by '|' ("inline|external"); NULL otherwise */
    const char *description;  /* one line, e.g. "line width in columns, 40 to 400 (default 100)" */
} bidkit_option;

/** The version 1 descriptor: what a host reads from a plugin reporting `abi_version` 1. */
typedef struct bidkit_plugin_descriptor_v1 {
    uint32_t abi_version;
    uint32_t wire_format_version;
    const char *name;
    const char *version;
    size_t format_count;
    const bidkit_format *formats;
    bidkit_render_fn render;
    bidkit_release_fn release;
} bidkit_plugin_descriptor_v1;

/** The version 2 descriptor: what a host reads from a plugin reporting `abi_version` 2. */
typedef struct bidkit_plugin_descriptor_v2 {
    uint32_t abi_version;
    uint32_t wire_format_version;
    const char *name;
    const char *version;
    size_t format_count;
    const bidkit_format *formats;
    bidkit_render_fn render;
    bidkit_release_fn release;
    bidkit_probe_fn probe;
    bidkit_paginate_fn paginate;
} bidkit_plugin_descriptor_v2;

/** The descriptor. `abi_version` is first so the host can read it before trusting anything else. */
typedef struct bidkit_plugin_descriptor {
    uint32_t abi_version;             /* BIDKIT_PLUGIN_ABI_VERSION (3); 1 ends after `release`, 2 after `paginate` */
    uint32_t wire_format_version;     /* the package wire format major version the plugin decodes */
    const char *name;                 /* plugin name, e.g. "text" */
    const char *version;              /* plugin version, e.g. "1.0.0" */
    size_t format_count;
    const bidkit_format *formats;
    bidkit_render_fn render;
    bidkit_release_fn release;
    /* ABI 2 */
    bidkit_probe_fn probe;            /* NULL: always available */
    bidkit_paginate_fn paginate;      /* NULL: cannot paginate */
    /* ABI 3 */
    size_t option_count;
    const bidkit_option *options;     /* the options the plugin reads; NULL when option_count is 0 */
} bidkit_plugin_descriptor;

/** The entry point's type. */
typedef const bidkit_plugin_descriptor *(*bidkit_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* BIDKIT_PLUGIN_H */
