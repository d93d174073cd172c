import { Component, type ReactNode } from 'react';
import { ErrorPage } from '../pages/ErrorPage';

interface State {
  error: Error | null;
}

/**
 * A page that fails to render (or whose code fails to load) shows the error page inside the site's
 * frame; forms keep their drafts (useFormDraft), so trying again brings back what was typed.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render() {
    if (this.state.error) return <ErrorPage onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
