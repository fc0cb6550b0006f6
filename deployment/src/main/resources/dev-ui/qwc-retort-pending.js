import { html, css } from 'qwc-hot-reload-element';
import { RetortPage } from './retort-page.js';
import '@vaadin/button';

/** What an upgrade to the heads would run, with buttons to run all of it or one step. */
export class QwcRetortPending extends RetortPage {

    static styles = [RetortPage.styles, css`
        pre { background: var(--lumo-contrast-5pct); padding: 0.5em; overflow-x: auto; }
        .buttons { display: flex; gap: 0.5em; margin: 1em 0; }
        .finding { color: var(--lumo-warning-text-color, #8a6100); margin: 0.25em 0; }`];

    load(dataSource) {
        return this.jsonRpc.pending({ dataSource: dataSource });
    }

    page(view) {
        return html`
            <div>Database at <b>${view.current.join(', ') || 'base'}</b>; heads <b>${view.heads.join(', ') || 'none'}</b>.</div>
            ${view.error ? html`<div class="error">${view.error}</div>` : ''}
            <div class="buttons">
                <vaadin-button theme="primary" ?disabled=${this._busy || view.steps.length === 0}
                    @click=${() => this._upgrade('head')}>Upgrade to head</vaadin-button>
                <vaadin-button ?disabled=${this._busy || view.steps.length === 0}
                    @click=${() => this._upgrade('+1')}>Upgrade one</vaadin-button>
            </div>
            ${this._renderOutcome()}
            ${view.steps.length === 0 && !view.error ? html`<div>Nothing pending: the database is at the heads.</div>` : ''}
            ${view.steps.map(step => html`
                <h4>${step.revision} — ${step.message}</h4>
                ${step.findings.map(finding => html`<div class="finding">${finding}</div>`)}
                <pre>${step.sql.map(sql => sql + ';').join('\n')}</pre>`)}`;
    }

    _renderOutcome() {
        const outcome = this._outcome;
        if (!outcome) {
            return '';
        }
        return outcome.ok
            ? html`<div class="ok">Applied ${outcome.applied.join(', ') || 'nothing'}; now at ${outcome.to.join(', ') || 'base'}.</div>`
            : html`<div class="error">Upgrade failed: ${outcome.error}</div>`;
    }

    _upgrade(target) {
        const what = target === 'head' ? 'all pending revisions' : 'the next pending revision';
        this.act(`Apply ${what} to the database?`,
            dataSource => this.jsonRpc.upgrade({ dataSource: dataSource, target: target }));
    }
}
customElements.define('qwc-retort-pending', QwcRetortPending);
