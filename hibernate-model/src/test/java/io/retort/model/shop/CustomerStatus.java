package io.retort.model.shop;

public enum CustomerStatus {
    NEW, ACTIVE, SUSPENDED
}
