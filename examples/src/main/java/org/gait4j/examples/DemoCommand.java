package org.gait4j.examples;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Simulates a walk with known truth, analyses it and prints a summary. */
@Command(name = "demo", description = "Simulate a walk, analyse it and print a summary.")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.out.println("demo: the walk simulator lands with the foundation issue");
    return 0;
  }
}
