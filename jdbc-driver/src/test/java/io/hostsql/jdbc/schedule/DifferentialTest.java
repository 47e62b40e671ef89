package io.hostsql.jdbc.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DifferentialTest {
  @Test
  void addedAndRemovedRowsInTheirRunsOrder() {
    Differential d = Differential.between(List.of("a", "b", "c"), List.of("c", "d", "a", "e"));
    assertEquals(List.of("d", "e"), d.added());
    assertEquals(List.of("b"), d.removed());
  }

  @Test
  void duplicatesCount() {
    Differential d = Differential.between(List.of("a", "a", "b"), List.of("a", "b", "b"));
    assertEquals(List.of("b"), d.added());
    assertEquals(List.of("a"), d.removed());
  }

  @Test
  void sameRowsInAnotherOrderAreNoChange() {
    Differential d = Differential.between(List.of("x", "y"), List.of("y", "x"));
    assertEquals(true, d.isEmpty());
    assertEquals(List.of("x"), Differential.between(List.of(), List.of("x")).added());
    assertEquals(List.of("x"), Differential.between(List.of("x"), List.of()).removed());
  }
}
