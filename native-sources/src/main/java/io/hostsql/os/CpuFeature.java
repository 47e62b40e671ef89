package io.hostsql.os;

/**
 * One CPU feature bit as the CPUID instruction reports it (osquery's cpuid row).
 *
 * @param feature the feature's name as /proc/cpuinfo's flags spell it (sse4_2, avx2...)
 * @param value "1" when the CPU has it, "0" when not
 * @param outputRegister the register holding the bit: eax, ebx, ecx or edx
 * @param outputBit the bit's number in that register
 * @param inputEax the leaf asked for, "0x..." (1, 7, 0x80000001)
 */
public record CpuFeature(String feature, String value, String outputRegister, int outputBit,
    String inputEax) {
}
