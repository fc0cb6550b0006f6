package io.retort.it.autogen.shop;

public enum Color {
    RED, GREEN, BLUE
}
