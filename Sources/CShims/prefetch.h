#ifndef FAULTLINE_CSHIMS_PREFETCH_H
#define FAULTLINE_CSHIMS_PREFETCH_H

/// Asks the processor to start loading the cache line at `address` for a read soon.
/// Model lookups are bound by cache misses; issuing the loads of a whole batch of features
/// before using any of them lets the misses overlap. Swift has no prefetch of its own.
static inline void faultline_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}
/// Asks the processor to start loading the cache line at `address` for a write soon (building
/// a lookup table far larger than the caches, a batch of slots at a time).
static inline void faultline_prefetch_write(const void *address) {
    __builtin_prefetch(address, 1, 3);
}
#endif
