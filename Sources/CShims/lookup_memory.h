#ifndef FAULTLINE_CSHIMS_LOOKUP_MEMORY_H
#define FAULTLINE_CSHIMS_LOOKUP_MEMORY_H
#ifdef __linux__
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#endif
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

/// Blocks at least this large are mapped on their own, aligned to it: the size of a huge page.
static const size_t faultline_huge_page = (size_t)2 << 20;

/// Zeroed memory for a model's lookup tables, which are read at random addresses far apart.
/// Large blocks are mapped aligned to 2 MB and, on Linux, marked for transparent huge pages (most
/// systems only give them on request): one TLB entry then covers 2 MB instead of 4 KB, so a
/// lookup that misses the caches does not also miss the TLB. Fresh mappings are zero already, so
/// nothing is written before the table is. Release with `faultline_lookup_memory_free` and the
/// same size. Returns NULL when memory is exhausted.
static inline void *faultline_lookup_memory(size_t bytes) {
    if (bytes < faultline_huge_page) return calloc(1, bytes > 0 ? bytes : 1);
    size_t rounded = (bytes + faultline_huge_page - 1) / faultline_huge_page * faultline_huge_page;
    size_t span = rounded + faultline_huge_page;
    char *mapped = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED) return NULL;
    uintptr_t address = (uintptr_t)mapped;
    char *aligned = (char *)((address + faultline_huge_page - 1) & ~(uintptr_t)(faultline_huge_page - 1));
    if (aligned > mapped) munmap(mapped, (size_t)(aligned - mapped));
    size_t tail = (size_t)(mapped + span - (aligned + rounded));
    if (tail > 0) munmap(aligned + rounded, tail);
#ifdef MADV_HUGEPAGE
    // Advice only: where huge pages are off, the memory is ordinary pages.
    (void)madvise(aligned, rounded, MADV_HUGEPAGE);
#endif
    return aligned;
}

/// Releases memory from `faultline_lookup_memory(bytes)`.
static inline void faultline_lookup_memory_free(void *memory, size_t bytes) {
    if (bytes < faultline_huge_page) {
        free(memory);
        return;
    }
    size_t rounded = (bytes + faultline_huge_page - 1) / faultline_huge_page * faultline_huge_page;
    munmap(memory, rounded);
}
#endif
