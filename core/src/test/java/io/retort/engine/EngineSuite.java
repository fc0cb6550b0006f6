package io.retort.engine;

import io.retort.testing.VertxSuite;

/** The scenarios that run on every {@link io.retort.testing.Backend}, in the engine's package. */
abstract class EngineSuite extends VertxSuite {
}
