package carepath.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/**
 * Recolours the whole text after each change: opening a `/*` comment changes every line after it,
 * and journey files are small enough for the lexer to run over them at each keystroke.
 */
final class WholeDocumentDamager extends DefaultDamagerRepairer {
	WholeDocumentDamager() {
		super(new JourneyTokenScanner());
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, event.getDocument().getLength());
	}
}
