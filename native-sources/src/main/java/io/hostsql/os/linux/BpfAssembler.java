package io.hostsql.os.linux;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * eBPF instructions, encoded by hand: the few a task iterator needs (moves, loads and stores,
 * an add, an and, conditional jumps to named labels, helper calls). Registers are numbered as
 * the ISA numbers them: r0 result, r1-r5 arguments, r6-r9 kept across calls, r10 the frame.
 */
final class BpfAssembler {
  static final int HELPER_PROBE_READ_KERNEL = 113;
  static final int HELPER_SEQ_WRITE = 127;

  private static final int LDX_MEM = 0x61; // class LDX | mode MEM; size bits added below
  private static final int STX_MEM = 0x63;
  private static final int SIZE_W = 0x00;
  private static final int SIZE_H = 0x08;
  private static final int SIZE_DW = 0x18;

  private final ByteArrayOutputStream code = new ByteArrayOutputStream();
  private final Map<String, Integer> labels = new HashMap<>();
  private final Map<Integer, String> jumps = new HashMap<>();
  private int count;

  private BpfAssembler emit(int opcode, int dst, int src, int off, int imm) {
    ByteBuffer i = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    i.put((byte) opcode).put((byte) (dst | src << 4)).putShort((short) off).putInt(imm);
    code.writeBytes(i.array());
    count++;
    return this;
  }

  BpfAssembler movReg(int dst, int src) {
    return emit(0xbf, dst, src, 0, 0);
  }

  BpfAssembler movImm(int dst, int imm) {
    return emit(0xb7, dst, 0, 0, imm);
  }

  BpfAssembler addImm(int dst, int imm) {
    return emit(0x07, dst, 0, 0, imm);
  }

  BpfAssembler andImm(int dst, int imm) {
    return emit(0x57, dst, 0, 0, imm);
  }

  /** dst = *(u64 *)(src + off). */
  BpfAssembler load64(int dst, int src, int off) {
    return emit(LDX_MEM | SIZE_DW, dst, src, off, 0);
  }

  /** dst = *(u32 *)(src + off). */
  BpfAssembler load32(int dst, int src, int off) {
    return emit(LDX_MEM | SIZE_W, dst, src, off, 0);
  }

  /** dst = *(u16 *)(src + off). */
  BpfAssembler load16(int dst, int src, int off) {
    return emit(LDX_MEM | SIZE_H, dst, src, off, 0);
  }

  /** *(u64 *)(dst + off) = src. */
  BpfAssembler store64(int dst, int off, int src) {
    return emit(STX_MEM | SIZE_DW, dst, src, off, 0);
  }

  /** *(u32 *)(dst + off) = src. */
  BpfAssembler store32(int dst, int off, int src) {
    return emit(STX_MEM | SIZE_W, dst, src, off, 0);
  }

  /** if dst == imm goto label. */
  BpfAssembler jumpIfEqual(int dst, int imm, String label) {
    jumps.put(count, label);
    return emit(0x15, dst, 0, 0, imm);
  }

  /** if dst != imm goto label. */
  BpfAssembler jumpIfNotEqual(int dst, int imm, String label) {
    jumps.put(count, label);
    return emit(0x55, dst, 0, 0, imm);
  }

  /** if dst != src goto label. */
  BpfAssembler jumpIfNotEqualReg(int dst, int src, String label) {
    jumps.put(count, label);
    return emit(0x5d, dst, src, 0, 0);
  }

  BpfAssembler call(int helper) {
    return emit(0x85, 0, 0, 0, helper);
  }

  BpfAssembler exit() {
    return emit(0x95, 0, 0, 0, 0);
  }

  BpfAssembler label(String name) {
    labels.put(name, count);
    return this;
  }

  /** The program, its jumps resolved (an offset counts instructions after the jump). */
  byte[] assemble() {
    byte[] out = code.toByteArray();
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    for (Map.Entry<Integer, String> j : jumps.entrySet()) {
      Integer target = labels.get(j.getValue());
      if (target == null) {
        throw new IllegalStateException("no label " + j.getValue());
      }
      b.putShort(j.getKey() * 8 + 2, (short) (target - j.getKey() - 1));
    }
    return out;
  }
}
