package dev.gopherdrill.simulation.slices;

/**
 * The allocator's size classes, {@code runtime/sizeclasses.go} of Go 1.19
 * ({@code _NumSizeClasses = 68}; class 0 stands for "large"), and
 * {@code runtime/msize.go roundupsize}, which every slice growth ends with.
 *
 * Invariants: {@code CLASS_TO_SIZE} is strictly increasing, every entry is a multiple of
 * 8, and {@code roundupsize(n) >= n} with equality exactly on class sizes and on whole
 * pages above {@code _MaxSmallSize}.
 *
 * Simplified: Go looks the class up through {@code size_to_class8}/{@code size_to_class128}
 * (two byte tables, for speed); a binary search over the 67 sizes gives the same class.
 * The table is the 1.19 one and is used for every release the slice model covers; only
 * 1.19 is verified here.
 */
public final class SizeClasses {

    /** {@code _MaxSmallSize}: objects up to 32 KiB come from a size class. */
    public static final long MAX_SMALL_SIZE = 32768;

    /** {@code _PageSize} (8 KiB, {@code _PageShift = 13}): large objects are rounded to whole pages. */
    public static final long PAGE_SIZE = 8192;

    /** {@code class_to_size}, bytes per object of each class. */
    static final int[] CLASS_TO_SIZE = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
        240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
        10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

    private SizeClasses() {
    }

    /** {@code roundupsize(size)}: the bytes {@code mallocgc} really hands out for a request of {@code size}. */
    public static long roundUpSize(long size) {
        if (size < MAX_SMALL_SIZE) {
            return CLASS_TO_SIZE[sizeClass(size)];
        }
        // Go: if size+_PageSize < size { return size } — only reachable near 2^64, which the model never asks.
        return (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
    }

    /** The class index for a small size (0 for size 0, which Go also maps to class 0 of 0 bytes). */
    public static int sizeClass(long size) {
        if (size >= MAX_SMALL_SIZE) {
            return 0;
        }
        int lo = 0;
        int hi = CLASS_TO_SIZE.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (CLASS_TO_SIZE[mid] >= size) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
