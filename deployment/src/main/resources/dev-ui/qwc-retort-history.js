import { html, css } from 'qwc-hot-reload-element';
import { RetortPage } from './retort-page.js';
import '@vaadin/grid';

/** The history table: every upgrade, downgrade, stamp and repair, newest first. */
export class QwcRetortHistory extends RetortPage {

    static styles = [RetortPage.styles, css`
        .changed { color: var(--lumo-error-text-color); font-weight: bold; }`];

    load(dataSource) {
        return this.jsonRpc.history({ dataSource: dataSource });
    }

    page(view) {
        if (view.error) {
            return html`<div class="error">${view.error}</div>`;
        }
        if (view.rows.length === 0) {
            return html`<div>Nothing applied yet.</div>`;
        }
        return html`<vaadin-grid .items=${view.rows} theme="no-border" all-rows-visible>
                <vaadin-grid-column path="revision" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="direction" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="message" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="appliedAt" header="Applied at" auto-width></vaadin-grid-column>
                <vaadin-grid-column path="durationMillis" header="ms" auto-width></vaadin-grid-column>
                <vaadin-grid-column header="Checksum" auto-width
                    .renderer=${(root, column, model) => {
                        root.textContent = model.item.checksumStatus;
                        root.className = model.item.checksumStatus === 'changed' ? 'changed' : '';
                    }}></vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-retort-history', QwcRetortHistory);
