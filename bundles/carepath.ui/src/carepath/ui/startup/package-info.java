/**
 * Opening the `.journey` files named on Studio's command line; Xtext's Eclipse UI has no
 * counterpart (the IDE's own file opener plays this part there).
 */
package carepath.ui.startup;
