package org.circuitpress.cli;
public final class Main { public static void main(String[] a) {} }
