#ifndef FAULTLINE_CSHIMS_CORES_H
#define FAULTLINE_CSHIMS_CORES_H
#ifdef __linux__
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <sched.h>
#endif
#include <unistd.h>

/// The number of cores this process may run on: its affinity mask on Linux (so that
/// `taskset -c 0` means one), else the online processors. CPU_COUNT is a macro Swift cannot call.
static inline int faultline_available_cores(void) {
#ifdef __linux__
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        int count = CPU_COUNT(&set);
        if (count > 0) return count;
    }
#endif
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int)online : 1;
}
#endif
