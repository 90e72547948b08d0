// 保障检视 (R-PO-5): the client page mounts CoveragePanel as a tab; /clients/:id/coverage renders CoveragePage.
export { CoveragePanel, CoverageView } from './CoveragePanel';
export { CoveragePage } from './CoveragePage';
export { coverageMessages } from './coverage.messages';
