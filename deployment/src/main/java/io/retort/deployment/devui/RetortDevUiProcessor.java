package io.retort.deployment.devui;

import io.quarkus.deployment.IsLocalDevelopment;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.BuildSteps;
import io.quarkus.devui.spi.JsonRPCProvidersBuildItem;
import io.quarkus.devui.spi.page.CardPageBuildItem;
import io.quarkus.devui.spi.page.Page;
import io.retort.runtime.devui.RetortJsonRpcService;

/**
 * The Retort card in the Dev UI (History, Pending, Graph, Drift) and the JSON-RPC service its pages
 * call; only in local development.
 */
@BuildSteps(onlyIf = IsLocalDevelopment.class)
class RetortDevUiProcessor {

    @BuildStep
    CardPageBuildItem retortCard() {
        CardPageBuildItem card = new CardPageBuildItem();
        card.addPage(Page.webComponentPageBuilder().title("History").icon("font-awesome-solid:clock-rotate-left")
                .componentLink("qwc-retort-history.js"));
        // Live labels on the card (Quarkus calls these JSON-RPC methods when it draws the card): the
        // state at a glance, without opening a page.
        card.addPage(Page.webComponentPageBuilder().title("Pending").icon("font-awesome-solid:forward")
                .componentLink("qwc-retort-pending.js").dynamicLabelJsonRPCMethodName("pendingLabel"));
        card.addPage(Page.webComponentPageBuilder().title("Graph").icon("font-awesome-solid:code-branch")
                .componentLink("qwc-retort-graph.js").dynamicLabelJsonRPCMethodName("currentLabel"));
        card.addPage(Page.webComponentPageBuilder().title("Drift").icon("font-awesome-solid:code-compare")
                .componentLink("qwc-retort-drift.js").dynamicLabelJsonRPCMethodName("driftLabel"));
        return card;
    }

    @BuildStep
    JsonRPCProvidersBuildItem retortJsonRpc() {
        return new JsonRPCProvidersBuildItem(RetortJsonRpcService.class);
    }
}
