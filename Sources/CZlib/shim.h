#ifndef FAULTLINE_CZLIB_SHIM_H
#define FAULTLINE_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro in zlib.h, which Swift cannot call.
static inline int faultline_inflate_init2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}
#endif
