import { css } from 'lit';

// Its own module: a `css` call is not known to be pure, so the link button
// importing it from shared-styles would pull every data element's tokens in.
/** Text for screen readers only. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
