#if canImport(Glibc)
    import CMalloc
#endif

/// How the C allocator hands memory back, set once at start-up.
///
/// glibc's defaults suit long-running servers, not a reader that parses a few hundred feeds on
/// every core and then idles: each thread that allocates gets its own arena (up to eight per
/// core), and the threshold above which a block is mapped on its own grows with the largest block
/// ever freed, so feed bodies of a few hundred kilobytes end up fragmenting the heap. Two arenas
/// and a fixed threshold keep a refresh's peak resident size close to what it actually holds.
enum MemoryPolicy {
    static func apply() {
        #if canImport(Glibc)
            _ = mallopt(M_ARENA_MAX, 2)
            _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
            _ = mallopt(M_TRIM_THRESHOLD, 256 * 1024)
        #endif
    }
}
