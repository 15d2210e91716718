import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Lecturer } from './lecturer.entity';
import { TeachingSession } from './teaching-session.entity';

/**
 * One facilitator of a teaching session: a lecturer of this subgraph, or a council practitioner
 * by reference. A practitioner's council is recorded with them, as the university states it,
 * so teaching can be counted per council without reading the councils subgraph's tables.
 */
@Entity({ name: 'session_facilitator' })
@Unique('session_facilitator_lecturer_key', ['sessionId', 'lecturerId'])
@Unique('session_facilitator_practitioner_key', ['sessionId', 'practitionerId'])
@Index('session_facilitator_practitioner_idx', ['practitionerId'])
@Index('session_facilitator_council_idx', ['councilId'])
@Check(
  'session_facilitator_one_person_check',
  `("lecturer_id" IS NULL) <> ("practitioner_id" IS NULL) AND ("practitioner_id" IS NULL) = ("council_id" IS NULL)`,
)
export class SessionFacilitator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => TeachingSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: TeachingSession;

  @Column({ name: 'lecturer_id', type: 'uuid', nullable: true })
  lecturerId: string | null;

  @ManyToOne(() => Lecturer, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'lecturer_id' })
  lecturer?: Lecturer | null;

  @Column({ name: 'practitioner_id', type: 'uuid', nullable: true })
  practitionerId: string | null;

  @Column({ name: 'council_id', type: 'uuid', nullable: true })
  councilId: string | null;
}
