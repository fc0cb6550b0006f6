package io.retort.model.shopv2;

public enum CustomerStatus {
    NEW, ACTIVE, SUSPENDED
}
