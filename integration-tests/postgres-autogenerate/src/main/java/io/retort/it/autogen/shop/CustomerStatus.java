package io.retort.it.autogen.shop;

public enum CustomerStatus {
    PROSPECT, ACTIVE, CLOSED
}
