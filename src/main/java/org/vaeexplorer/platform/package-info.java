/**
 * Process and native set-up that must happen before ND4J loads (which native build, OpenMP's wait policy, the
 * native memory caps): a concern of the process, not of any model.
 */
package org.vaeexplorer.platform;
