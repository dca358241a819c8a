/**
 * The planning packet: a community-of-practice plan laid out in the planning guide's worksheet
 * order (purpose, membership, leadership, norms, launch, collaborative plan, results and
 * celebration, connection to professional practice, further application) as one self-contained,
 * printable HTML page or as PDF, in English, French or Spanish.
 *
 * <pre>{@code
 * String html = PlanPacket.html(plan, PacketOptions.defaults());
 * PacketOptions options = PacketOptions.builder()
 *     .locale(Locale.FRENCH)
 *     .report(CopValidator.defaults().validate(plan, Stage.LAUNCH))
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of("packet.pdf"))) {
 *   PlanPacket.pdf(plan, options, out);
 * }
 * }</pre>
 *
 * @since 0.2.0
 */
@CopStyle
package org.edcop.report;

import org.edcop.model.internal.CopStyle;
