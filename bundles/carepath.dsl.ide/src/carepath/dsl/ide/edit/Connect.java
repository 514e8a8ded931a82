package carepath.dsl.ide.edit;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import carepath.dsl.load.ModelSet;
import carepath.model.CarepathFactory;
import carepath.model.Connection;
import carepath.model.ConnectionKind;
import carepath.model.Ecosystem;
import carepath.model.Service;

/**
 * Connects two services of one system map: a referral (the person is handed over) or a signpost
 * (the person is pointed on), written as the last line of the map (`referral gp -> cmht`).
 */
public final class Connect {
	private Connect() {
	}

	/** The edits, and which connection they make, for a diagram to select it once redrawn. */
	public record Made(List<TextEdit> edits, ConnectionRef connection) {
	}

	public static List<TextEdit> of(ProjectTexts project, String sourceName, String targetName, ConnectionKind kind) throws EditRefused {
		return made(project, sourceName, targetName, kind).edits();
	}

	public static Made made(ProjectTexts project, String sourceName, String targetName, ConnectionKind kind) throws EditRefused {
		ModelSet set = project.parse();
		Service source = Edits.service(set, sourceName);
		Service target = Edits.service(set, targetName);
		if (!(source.eContainer() instanceof Ecosystem ecosystem) || source.eContainer() != target.eContainer()) {
			throw new EditRefused("'" + sourceName + "' and '" + targetName + "' are not services of the same system map");
		}
		if (source == target) {
			throw new EditRefused("a service cannot refer or signpost to itself");
		}
		// The new line is the map's last, so the last of the connections alike (counted before the change).
		long alike = ecosystem.getConnections().stream()
				.filter(c -> c.getKind() == kind && c.getSource() == source && c.getTarget() == target).count();
		String line = kind.getLiteral() + " " + source.getName() + " -> " + target.getName();
		List<TextEdit> edits = Edits.checked(project, set, ecosystem, "connecting " + sourceName + " to " + targetName, (file, text) -> {
			TextEdit inserted = NodeText.lastLineOfBlock(file, text, ecosystem, line);
			if (inserted != null) {
				return List.of(inserted);
			}
			Connection connection = CarepathFactory.eINSTANCE.createConnection();
			connection.setKind(kind);
			connection.setSource(source);
			connection.setTarget(target);
			return ChangeSerializing.edits((XtextResource) ecosystem.eResource(), ecosystem, changed -> changed.getConnections().add(connection));
		});
		return new Made(edits, new ConnectionRef(ecosystem.getName(), kind, source.getName(), target.getName(), (int) alike + 1));
	}
}
