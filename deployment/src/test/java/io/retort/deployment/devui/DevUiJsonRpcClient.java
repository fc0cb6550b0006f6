package io.retort.deployment.devui;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls Dev UI JSON-RPC methods the way the browser does: {@code {jsonrpc, id, method, params}} over
 * the {@code /q/dev-ui/json-rpc-ws} websocket, the answer's {@code result.object} matched by id.
 */
final class DevUiJsonRpcClient implements AutoCloseable {

    private final WebSocketClient client;
    private final WebSocket socket;
    private final String namespace;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> waiting = new ConcurrentHashMap<>();

    DevUiJsonRpcClient(Vertx vertx, int port, String namespace) throws Exception {
        this.namespace = namespace;
        this.client = vertx.createWebSocketClient();
        this.socket = client.connect(port, "localhost", "/q/dev-ui/json-rpc-ws").toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            CompletableFuture<JsonObject> answer = message.getValue("id") instanceof Number id ? waiting.remove(id.intValue()) : null;
            if (answer != null) {
                answer.complete(message);
            }
        });
    }

    /** The method's return value as JSON; fails when the server answers with a JSON-RPC error. */
    JsonObject call(String method, JsonObject params) throws Exception {
        return answer(method, params).getJsonObject("result").getJsonObject("object");
    }

    /** The method's return value encoded as JSON text, for values that are not objects (lists). */
    String callRaw(String method) throws Exception {
        Object object = answer(method, new JsonObject()).getJsonObject("result").getValue("object");
        return io.vertx.core.json.Json.encode(object);
    }

    private JsonObject answer(String method, JsonObject params) throws Exception {
        // The pages always name the datasource; calls that do not are for the default one.
        if (!params.containsKey("dataSource") && !method.equals("dataSources") && !method.equals("generateRevision")
                && !method.endsWith("Label")) {
            params = params.copy().put("dataSource", "<default>");
        }
        int id = ids.incrementAndGet();
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.writeTextMessage(new JsonObject().put("jsonrpc", "2.0").put("id", id).put("method", namespace + "_" + method)
                .put("params", params).encode());
        JsonObject message = answer.get(60, TimeUnit.SECONDS);
        if (message.getJsonObject("result") == null) {
            throw new AssertionError("JSON-RPC " + method + " answered with an error: " + message.encode());
        }
        return message;
    }

    JsonObject call(String method) throws Exception {
        return call(method, new JsonObject());
    }

    @Override
    public void close() throws Exception {
        socket.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        client.close();
    }
}
